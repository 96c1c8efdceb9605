package de.klimanetz.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** In production, webhooks go to public https endpoints only: no request into the API's own network. */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);
    private final WebhookTargets local = new WebhookTargets(true);

    @Test
    void productionRefusesEveryAddressInsideTheNetwork() {
        for (String url : new String[] {"https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook", "https://10.0.0.8/x",
                "https://172.16.3.4/x", "https://192.168.1.10/x", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/x",
                "https://0.0.0.0/x", "https://[fd00::1]/x", "https://[fe80::1]/x", "https://224.0.0.1/x"}) {
            assertNotNull(production.refusal(url), url);
        }
    }

    @Test
    void productionRefusesPlainHttpCredentialsAndNonsense() {
        assertNotNull(production.refusal("http://93.184.215.14/hook"), "no plain http");
        assertNotNull(production.refusal("https://user:secret@93.184.215.14/hook"), "no credentials in the URL");
        assertNotNull(production.refusal("ftp://93.184.215.14/hook"));
        assertNotNull(production.refusal("not a url"));
        assertNotNull(production.refusal("https:///path-only"));
    }

    @Test
    void aPublicHttpsAddressIsFine() {
        assertNull(production.refusal("https://93.184.215.14/hooks/klimanetz"));
    }

    @Test
    void localRunsMayUseHttpToLocalhostOnly() {
        assertNull(local.refusal("http://localhost:9999/hook"));
        assertNull(local.refusal("http://127.0.0.1:9999/hook"));
        assertNotNull(local.refusal("http://93.184.215.14/hook"), "plain http only to localhost");
        assertEquals(null, local.refusal("https://10.0.0.8/x"));
    }
}
