/** Sends a request to a tab's content script (top frame); undefined when none answers. */
import { type ContentRequests, type FieldsFor, type ResponseOf, sendToTab } from '../shared/protocol';

export async function askTab<T extends keyof ContentRequests>(tabId: number, type: T, fields: FieldsFor<ContentRequests, T>): Promise<ResponseOf<ContentRequests, T> | undefined> {
  try {
    return await sendToTab(tabId)(type, fields);
  } catch {
    // No content script there (restricted page, or a tab opened before install).
    return undefined;
  }
}
