/** Length limits shared by API validation and dashboard forms. */
export const TEXT_LIMITS = {
  title: 200,
  description: 5000,
  note: 2000,
  name: 200,
  email: 254,
  feasibilityReason: 2000,
  searchQuery: 200,
  comment: 5000,
  tokenName: 100,
} as const;

/** Upper bounds of list-valued fields. */
export const LIST_LIMITS = {
  guidelineIds: 50,
  partnerActorIds: 50,
  indicatorIds: 50,
} as const;
