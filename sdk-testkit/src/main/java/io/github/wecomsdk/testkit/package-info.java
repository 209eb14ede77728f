/**
 * Test support for code that uses wecom-sdk: {@link io.github.wecomsdk.testkit.FakeWeCom}, an
 * in-process, stateful WeCom server that issues access tokens, keeps an address book, records the
 * messages sent to it and stores uploaded media, so tests and examples run without a real corp.
 *
 * <pre>{@code
 * try (FakeWeCom wecom = FakeWeCom.start()) {
 *     wecom.addUser("zhangsan", "张三");
 *     Messaging.of(wecom.client()).send(Audience.users("zhangsan"), TextMessage.of("hi"));
 *     assertEquals("hi", wecom.sentMessages().get(0).content().orElseThrow());
 * }
 * }</pre>
 *
 * <p>Beyond the address book and messages it serves every family the SDK wraps (customers, batch jobs,
 * exports, apps, sign-in, payments), injects {@linkplain io.github.wecomsdk.testkit.Faults faults},
 * plays WeCom's {@linkplain io.github.wecomsdk.testkit.FakeCallbacks callbacks} against your endpoint,
 * runs one fake per JUnit class with {@link io.github.wecomsdk.testkit.FakeWeComExtension}, and serves
 * other processes with {@link io.github.wecomsdk.testkit.StandaloneMain}.
 */
package io.github.wecomsdk.testkit;
