package io.github.wecomsdk.core.callback;

/**
 * Contributes typed views ({@link CallbackPayload}) for callbacks, so a module can type new messages and
 * events without editing core. Register one on a registry built with
 * {@link CallbackPayloadRegistry.Builder#add(CallbackPayloadMapping)} and hand the registry to
 * {@link CallbackHandler.Builder#payloadRegistry(CallbackPayloadRegistry)}, or list the implementation in
 * {@code META-INF/services/io.github.wecomsdk.core.callback.CallbackPayloadMapping} to have it in
 * {@link CallbackPayloadRegistry#defaults()} (it then needs a public no-argument constructor). Core's own
 * messages and events are registered the same way.
 *
 * <pre>{@code
 * public final class KfMappings implements CallbackPayloadMapping {
 *     public void register(CallbackPayloadRegistry.Builder registry) {
 *         registry.event("kf_account_auth_change", (header, message) ->
 *                 new KfAccountAuthChange(header, message.get("AuthAddOpenKfId")));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface CallbackPayloadMapping {

    /**
     * Registers this mapping's factories.
     *
     * @param registry the registry being built
     * @throws CallbackException ({@link CallbackException.Reason#DUPLICATE_ROUTE}) when a key is already
     *                           mapped
     */
    void register(CallbackPayloadRegistry.Builder registry);
}
