package io.github.wecomsdk.spring;

import io.github.wecomsdk.apps.Apps;
import io.github.wecomsdk.auth.Auth;
import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.external.ExternalContacts;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.media.Media;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.payment.Payments;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API entry classes of the modules on the classpath ({@code Contacts}, {@code ExternalContacts},
 * {@code Messaging}, {@code Media}, {@code Apps}, {@code Auth}, {@code Payments}) as beans on the
 * application's one {@link WeComClient}. With several apps there is no single client to choose: make
 * them with {@code Contacts.of(apps.client("contacts"))}.
 */
@AutoConfiguration(after = WeComAutoConfiguration.class)
@ConditionalOnSingleCandidate(WeComClient.class)
public class WeComModulesAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public WeComModulesAutoConfiguration() {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Contacts.class)
    static class ContactsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Contacts weComContacts(WeComClient client) {
            return Contacts.of(client);
        }

        @Bean
        @ConditionalOnMissingBean
        ExternalContacts weComExternalContacts(WeComClient client) {
            return ExternalContacts.of(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Messaging.class)
    static class MessagingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Messaging weComMessaging(WeComClient client) {
            return Messaging.of(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Media.class)
    static class MediaConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Media weComMedia(WeComClient client) {
            return Media.of(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Apps.class)
    static class AppsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Apps weComAppManagement(WeComClient client) {
            return Apps.of(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Auth.class)
    static class AuthConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Auth weComAuth(WeComClient client) {
            return Auth.of(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Payments.class)
    static class PaymentsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Payments weComPayments(WeComClient client) {
            return Payments.of(client);
        }
    }
}
