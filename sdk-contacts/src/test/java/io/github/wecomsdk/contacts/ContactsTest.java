package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.contacts.external.ExternalContacts;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import org.junit.jupiter.api.Test;

class ContactsTest {

    @Test
    void refusesNullClient() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> Contacts.of(null));
        assertTrue(e.getMessage().contains("client"), e.getMessage());
        assertThrows(WeComValidationException.class, () -> ExternalContacts.of(null));
    }

    @Test
    void servicesAreCreatedOnceAndShared() {
        try (MockWeCom wecom = new MockWeCom()) {
            Contacts contacts = Contacts.of(wecom.client());
            assertSame(contacts.users(), contacts.users());
            assertSame(contacts.exports(), contacts.exports());
        }
    }

    @Test
    void toStringCarriesNoSecret() {
        try (MockWeCom wecom = new MockWeCom()) {
            String text = Contacts.of(wecom.client()).toString() + ExternalContacts.of(wecom.client());
            assertTrue(!text.contains(MockWeCom.SECRET), text);
        }
    }
}
