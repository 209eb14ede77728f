package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.callback.CallbackRouter;

/**
 * Contributes routes to the callback router of each app: declare beans of this type.
 *
 * <pre>{@code
 * @Bean
 * WeComCallbackRoutes notifyRoutes() {
 *     return (app, routes) -> {
 *         if (app.equals("notify")) {
 *             routes.on(EventType.CLICK, message -> PassiveReply.text("Got " + message.get("EventKey")));
 *         }
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WeComCallbackRoutes {

    /**
     * Adds routes for one app. Called once per app with a callback, when the app is set up.
     *
     * @param app    the app's name ({@code wecom.apps.<name>})
     * @param routes the app's router builder; registering a route twice throws
     */
    void configure(String app, CallbackRouter.Builder routes);
}
