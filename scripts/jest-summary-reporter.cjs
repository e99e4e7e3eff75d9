// Appends one JSON line per jest run ({passed, failed, skipped}) to $TEST_SUMMARY_FILE so that
// scripts/test.sh can print a single closing "N passed, N failed" line across all packages and tiers.
const fs = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = JSON.stringify({
      cwd: process.cwd(),
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    });
    fs.appendFileSync(process.env.TEST_SUMMARY_FILE, line + '\n');
  }
}

module.exports = SummaryReporter;
