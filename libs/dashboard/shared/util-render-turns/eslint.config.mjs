import dashboardConfig from '../../../../libs/dashboard/eslint.dashboard.mjs';

export default [...dashboardConfig];
