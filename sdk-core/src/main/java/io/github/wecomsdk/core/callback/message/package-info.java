/**
 * Typed views of the messages members send to an app ({@code text}, {@code image}, {@code voice},
 * {@code video}, {@code location}, {@code link}), named {@code Received…} so they never clash with the
 * message types an app sends. Obtained from
 * {@link io.github.wecomsdk.core.callback.CallbackMessage#payload()}.
 */
package io.github.wecomsdk.core.callback.message;
