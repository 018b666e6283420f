// @webext-core/messaging types a message's sender as `chrome.runtime.MessageSender`, from @types/chrome,
// an optional peer this project leaves out (it uses WXT's `browser`). Without this the sender would be
// `any`, unchecked where the worker decides who may send what (guard.ts). Same object, WXT's type.
declare namespace chrome.runtime {
  type MessageSender = import('wxt/browser').Browser.runtime.MessageSender;
}
