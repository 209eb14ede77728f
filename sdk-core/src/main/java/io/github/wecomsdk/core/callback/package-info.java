/**
 * WeCom callbacks: the URL check, signature verification and AES decryption of what WeCom posts
 * ({@link io.github.wecomsdk.core.callback.CallbackCrypto}), hardened XML parsing into fields and typed
 * views ({@link io.github.wecomsdk.core.callback.CallbackMessage},
 * {@link io.github.wecomsdk.core.callback.CallbackPayload}), routing to listeners with passive replies
 * ({@link io.github.wecomsdk.core.callback.CallbackRouter},
 * {@link io.github.wecomsdk.core.callback.PassiveReply}), deduplication of WeCom's retries
 * ({@link io.github.wecomsdk.core.callback.CallbackDeduplicator}) and a framework-free HTTP entry point
 * ({@link io.github.wecomsdk.core.callback.CallbackHandler}). The typed records live in
 * {@code core.callback.message} ({@code Received…}) and {@code core.callback.event}; modules add their own
 * through {@link io.github.wecomsdk.core.callback.CallbackPayloadMapping}.
 *
 * <pre>{@code
 * CallbackRouter router = CallbackRouter.builder()
 *     .on(MsgType.TEXT, m -> PassiveReply.text("received"))
 *     .onChange(EventType.CHANGE_CONTACT, "create_user",
 *         CallbackListener.typed(ContactUserCreatedEvent.class, e -> { sync(e.user()); return null; }))
 *     .fallback(m -> { log.info("unhandled {}", m.rawXml()); return null; })
 *     .build();
 * CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router).build();
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/wecom/callback", new CallbackHttpHandler(handler));
 * server.start();
 * }</pre>
 *
 * <p>Every failure is a {@link io.github.wecomsdk.core.callback.CallbackException} with a
 * {@link io.github.wecomsdk.core.callback.CallbackException.Reason}; no message carries a token or key.
 */
package io.github.wecomsdk.core.callback;
