/**
 * The drafts and submissions stores at their boundary for the apply page's tests (jest.mock factories): drafts open and
 * merge like the real store (name and form version refreshed on open; key by key, an upload without files removes the
 * answer); submissions are driven by each test. Used by apply, apply-upload-limits and apply-scenario.
 * jest.mock('../../src/stores/drafts', () => jest.requireActual('./apply-store-mocks').draftsStoreMock())
 */

export function draftsStoreMock() {
  const { createStore } = jest.requireActual('../../src/stores/create-store')
  const draftsState = createStore({ byItem: {}, sync: {} })
  const put = (itemId: string, draft: any) => draftsState.set((s: any) => ({ byItem: { ...s.byItem, [itemId]: draft }, sync: { ...s.sync, [itemId]: 'saved-local' } }))
  return {
    draftsState,
    openDraft: jest.fn(async (itemId: string, itemName: string, formVersion: number) => {
      // As the real store: a draft opened again takes the item's current name and form version.
      const draft = draftsState.get().byItem[itemId] ?? { itemId, itemName, formVersion, answers: {}, materials: {}, updatedAt: 1, submissionKey: 'key-0000000001', syncedAt: null }
      put(itemId, { ...draft, itemName, formVersion })
      return draftsState.get().byItem[itemId]
    }),
    updateDraft: jest.fn((itemId: string, patch: { answers?: object; materials?: Record<string, any> }) => {
      const draft = draftsState.get().byItem[itemId]
      const materials = { ...draft.materials, ...patch.materials }
      for (const id of Object.keys(materials)) if (materials[id].kind === 'upload' && materials[id].fileIds.length === 0) delete materials[id]
      put(itemId, { ...draft, answers: { ...draft.answers, ...patch.answers }, materials, updatedAt: draft.updatedAt + 1 })
    }),
    flushDraft: jest.fn(async () => undefined),
  }
}

export function submissionsStoreMock() {
  const { createStore } = jest.requireActual('../../src/stores/create-store')
  return {
    submissionsState: createStore({}),
    submitDraft: jest.fn(),
    resetSubmission: jest.fn(),
    OFFLINE_MESSAGE: '网络不可用，申请已保存，联网后将自动提交',
  }
}
