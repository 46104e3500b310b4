import { installHost } from './install'

/** Jest setupFile of project platform-alipay: the global a alipay build runs against. */
installHost('alipay')
