/**
 * The WeCom address book (通讯录): start from {@link io.github.wecomsdk.contacts.Contacts#of}. Departments,
 * members, tags, asynchronous CSV imports and encrypted exports, as typed calls over
 * {@link io.github.wecomsdk.core.WeComClient}.
 */
package io.github.wecomsdk.contacts;
