module.exports = require('./contract-violations').setup
