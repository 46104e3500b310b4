module.exports = require('./contract-violations').teardown
