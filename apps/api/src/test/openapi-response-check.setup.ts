import { takeResponseMismatches } from './openapi-response-check';

/** Fails the test (or the file's setup) during which the API answered something its OpenAPI document does not say. */
function failOnMismatches(): void {
  const found = takeResponseMismatches();
  if (found.length > 0) {
    throw new Error(`The API answered differently from its OpenAPI document:\n${found.join('\n')}`);
  }
}

afterEach(failOnMismatches);
afterAll(failOnMismatches);
