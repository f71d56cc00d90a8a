/**
 * Mocha's spec reporter, plus the run's counts written as JSON to $MZ_RESULTS_FILE so that
 * `npm test` can add every runner's counts into one closing line.
 */
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SpecWithCounts extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.MZ_RESULTS_FILE;
      if (!file) return;
      const { passes, failures, pending } = runner.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = SpecWithCounts;
