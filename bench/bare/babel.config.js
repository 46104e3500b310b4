// The root's preset, resolved from the root node_modules (this folder has none of its own).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
