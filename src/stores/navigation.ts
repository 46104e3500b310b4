import { createStore } from './create-store'

/** Cross-tab intents: switchTab cannot carry a query, so a tab reads what it was opened for from here. */
export const navigation = createStore<{ focusCategoryId: string | null }>({ focusCategoryId: null })

export const focusCategory = (focusCategoryId: string | null) => navigation.set({ focusCategoryId })
