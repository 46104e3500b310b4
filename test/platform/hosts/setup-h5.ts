import { installHost } from './install'

/** Jest setupFile of project platform-h5: no mini-program global; jsdom is the browser. */
installHost('h5')

// jsdom has no object URLs; a browser would answer blob:<origin>/<uuid>.
if (typeof URL.createObjectURL !== 'function') {
  URL.createObjectURL = (blob: Blob) => `blob:fake/${blob instanceof File ? blob.name : 'blob'}`
}
