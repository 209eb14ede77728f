/**
 * Signing people in to a company's web apps and mini programs: OAuth2 inside WeCom and web login
 * (SSO) links, code exchange ({@code auth/getuserinfo}, {@code auth/getuserdetail}), JS-SDK
 * {@code ww.register} / {@code wx.config} / {@code wx.agentConfig} signatures on cached jsapi tickets,
 * mini-program {@code jscode2session} and encrypted user data, second verification, and
 * {@link io.github.wecomsdk.auth.OAuthStates}, a signed, expiring, single-use {@code state} bound to the
 * caller's session.
 *
 * <p>Start with {@link io.github.wecomsdk.auth.Auth#of(io.github.wecomsdk.core.WeComClient)}.
 */
package io.github.wecomsdk.auth;
