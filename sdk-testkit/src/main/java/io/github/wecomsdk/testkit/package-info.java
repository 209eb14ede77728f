/**
 * Test support for code that uses wecom-sdk: {@link io.github.wecomsdk.testkit.FakeWeCom}, an
 * in-process, stateful WeCom server that issues access tokens, keeps an address book, records the
 * messages sent to it and stores uploaded media, so tests and examples run without a real corp.
 *
 * <pre>{@code
 * try (FakeWeCom wecom = FakeWeCom.start()) {
 *     wecom.addUser("zhangsan", "张三");
 *     Messages.of(wecom.client()).messages().send(Audience.users("zhangsan"), TextMessage.of("hi"));
 *     assertEquals("hi", wecom.sentMessages().get(0).content().orElseThrow());
 * }
 * }</pre>
 */
package io.github.wecomsdk.testkit;
