/**
 * Typed routes for the address-book and customer-contact change events WeCom posts to a callback URL
 * ({@code change_contact}, {@code change_external_contact}, {@code change_external_chat},
 * {@code change_external_tag}): register a {@link java.util.function.Consumer} of the event record and never
 * type an {@code Event} or {@code ChangeType} string. The event records themselves live in
 * {@link io.github.wecomsdk.core.callback.event}; start from {@link io.github.wecomsdk.contacts.events.ContactEventRoutes#into}.
 *
 * <pre>{@code
 * CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder())
 *     .onUserCreated(e -> directory.add(e.user().userId(), e.user().departments()))
 *     .onUserDeleted(e -> directory.remove(e.userId()))
 *     .onExternalContact(ExternalContactChangeType.ADD_EXTERNAL_CONTACT, e -> welcome(e.welcomeCode()))
 *     .onAnyExternalChat(e -> groups.refresh(e.chatId()))
 *     .router()                                  // back to the core builder for other routes
 *     .fallback(m -> { log.info("unhandled {}", m); return null; })
 *     .build();
 *
 * CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router).build();
 * }</pre>
 */
package io.github.wecomsdk.contacts.events;
