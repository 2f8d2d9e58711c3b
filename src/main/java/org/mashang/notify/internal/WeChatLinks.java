package org.mashang.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.mashang.platform.CookieSeal;
import org.mashang.platform.Hmac;
import org.mashang.platform.ServerSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which resident's WeChat belongs to which verified phone: one WeChat per phone, one phone per WeChat. The openid is
 * sealed with the server's key and found by a keyed hash, so it is in clear only on its way to WeChat.
 */
@Repository
public class WeChatLinks {

    private final JdbcClient jdbc;
    private final CookieSeal seal;
    private final SecretKeySpec key;

    WeChatLinks(JdbcClient jdbc, CookieSeal seal, ServerSecrets secrets) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.key = Hmac.key(secrets.get("wechat-openid-key", ServerSecrets::newKey));
    }

    /** Links the WeChat to the phone, replacing an earlier link of either (a new phone, a new WeChat account). */
    @Transactional
    public void link(String openid, String phone, Instant now) {
        String hash = hash(openid);
        jdbc.sql("delete from wechat_link where phone = :phone or openid_hash = :hash").param("phone", phone).param("hash", hash)
                .update();
        jdbc.sql("""
                        insert into wechat_link (phone, openid_hash, openid_sealed, linked_at)
                        values (:phone, :hash, :sealed, :now)""")
                .param("phone", phone).param("hash", hash).param("sealed", seal.seal(openid)).param("now", Timestamp.from(now))
                .update();
    }

    /** The phone this WeChat was linked to. */
    public Optional<String> phoneOf(String openid) {
        return jdbc.sql("select phone from wechat_link where openid_hash = :hash").param("hash", hash(openid))
                .query(String.class).optional();
    }

    /** The WeChat linked to this phone, to send to; empty when none, or when it was sealed with another key. */
    public Optional<String> openidOf(String phone) {
        return jdbc.sql("select openid_sealed from wechat_link where phone = :phone").param("phone", phone)
                .query(String.class).optional().flatMap(seal::open);
    }

    public boolean linked(String phone) {
        return phone != null && jdbc.sql("select count(*) from wechat_link where phone = :phone").param("phone", phone)
                .query(Long.class).single() > 0;
    }

    /** @return whether there was a link to remove */
    public boolean unlink(String phone) {
        return jdbc.sql("delete from wechat_link where phone = :phone").param("phone", phone).update() > 0;
    }

    private String hash(String openid) {
        return Hmac.hex(key, openid);
    }
}
