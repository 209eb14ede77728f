/**
 * WeCom payments. {@link io.github.wecomsdk.payment.MerchantPayments} pays on the WeChat Pay merchant
 * API (corporate red packets, payments to employees: XML, mutual TLS, two signatures, never twice per
 * order number); {@link io.github.wecomsdk.payment.Payments} reads external payments (对外收款) on
 * qyapi and converts userids to openids.
 */
package io.github.wecomsdk.payment;
