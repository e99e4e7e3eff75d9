module.exports = require('../../jest.preset.cjs').forTier(process.env.TEST_TIER ?? 'unit');
