package de.klimanetz.common.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets the API instances share without configuration: generated once, kept in the database
 * (the first instance to ask wins the insert; the others read its key), cached per instance.
 */
@ApplicationScoped
public class SigningKeys {

    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    SigningKeys(EntityManager em) {
        this.em = em;
    }

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, this::load).clone();
    }

    private byte[] load(String name) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                            insert into signing_key (name, secret, created_at) values (:name, :secret, now())
                            on conflict (name) do nothing""")
                    .setParameter("name", name)
                    .setParameter("secret", candidate)
                    .executeUpdate();
            return (byte[]) em.createNativeQuery("select secret from signing_key where name = :name")
                    .setParameter("name", name)
                    .getSingleResult();
        });
    }
}
