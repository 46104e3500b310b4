import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { bootSession } from './stores/session'
import { loadAppConfig } from './stores/app-config'
import { resumePendingSubmissions } from './stores/submissions'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // Config and sign-in start together at launch; pages render from cache meanwhile.
  useLaunch(() => {
    void loadAppConfig()
    void bootSession()
    void resumePendingSubmissions()
  })
  return children
}

export default App
