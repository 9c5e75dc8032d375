import { takeMalformedErrorBodies } from './fixtures';

/** Fails the test (or the file's setup) during which the API sent an error body that is not the contract's. */
function failOnMalformedErrorBodies(): void {
  const found = takeMalformedErrorBodies();
  if (found.length > 0) {
    throw new Error(`The API sent error bodies without the contract's problems:\n${found.join('\n')}`);
  }
}

afterEach(failOnMalformedErrorBodies);
afterAll(failOnMalformedErrorBodies);
