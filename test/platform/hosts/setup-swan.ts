import { installHost } from './install'

/** Jest setupFile of project platform-swan: the global a swan build runs against. */
installHost('swan')
