/**
 * Placeholder: this module is being built.
 */
package io.github.wecomsdk.spring;
