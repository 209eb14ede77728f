/**
 * App management (应用管理): the apps of a corp ({@code agent/get}, {@code agent/list},
 * {@code agent/set}) and who may see them, each app's custom menu ({@code menu/*}) and what each
 * member's workbench card shows ({@code agent/*_workbench_*}).
 *
 * <pre>{@code
 * Apps apps = Apps.of(client);                      // a client built with the app's own secret
 * Agent agent = apps.agents().get();                // the client's app
 * apps.menus().create(Menu.of(MenuButton.click("Today", "TODAY")));
 * apps.workbench().setData("zhangsan", KeyData.of(KeyDataItem.builder("3").key("To approve").build()));
 * }</pre>
 *
 * <p>Every call needs a token of the app's own secret: a token of another app's secret gets
 * errcode 301002. Typed routing of the app's callback events (menu clicks by {@code EventKey},
 * scans, photos, location, enter_agent, workbench mode) is in {@code io.github.wecomsdk.apps.events}.
 */
package io.github.wecomsdk.apps;
