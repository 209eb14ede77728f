/**
 * Typed views of the events WeCom posts to a callback URL ({@code MsgType=event}): app and menu events,
 * approvals, template cards, and the contact, customer, customer-group and customer-tag changes. Obtained
 * from {@link io.github.wecomsdk.core.callback.CallbackMessage#payload()}; each record carries the
 * {@link io.github.wecomsdk.core.callback.CallbackHeader}. A field that does not parse reads as absent; the
 * raw text stays readable through {@link io.github.wecomsdk.core.callback.CallbackMessage#get(String)}.
 */
package io.github.wecomsdk.core.callback.event;
