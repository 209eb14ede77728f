/**
 * WeCom customer contact (客户联系): start from
 * {@link io.github.wecomsdk.contacts.external.ExternalContacts#of}. Customers, corp tags, contact ways,
 * customer groups, transfers, mass and welcome messages, statistics.
 */
package io.github.wecomsdk.contacts.external;
