/**
 * The endpoint modules (src/api/endpoints/*) also build the app's own client at import time, whose transport
 * imports `@tarojs/taro`, and that package cannot load outside a host. The soak never uses that client (it builds
 * its own with the Node transport), so a stand-in is put in Node's module cache before anything imports it.
 * Import this module first.
 */
import Module from 'node:module'

const taroPath = require.resolve('@tarojs/taro')
const stub = new Module(taroPath)
stub.filename = taroPath
stub.loaded = true
stub.exports = { __esModule: true, default: { request: () => Promise.reject(new Error('@tarojs/taro is not available in the soak')) } }
require.cache[taroPath] = stub
