/**
 * Declares a suite over the built site under test (dist/, or TEST_DIST): environment.suiteWhen, so without a
 * complete build one test fails under CI=true and skips with the reason elsewhere.
 */
import { siteUnderTest, suiteWhen } from '../helpers/environment';

export function builtSiteSuite(name: string, body: (dist: string) => void): void {
  const site = siteUnderTest();
  suiteWhen(name, [site], () => body(site.dir));
}
