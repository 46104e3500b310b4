import { installHost } from './install'

/** Jest setupFile of project platform-weapp: the global a weapp build runs against. */
installHost('weapp')
