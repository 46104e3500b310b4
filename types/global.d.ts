/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Base URL of the government platform's API, inlined at build time (config/index.ts). */
    TARO_APP_API_BASE?: string
    NODE_ENV?: 'development' | 'production' | 'test'
  }
}
