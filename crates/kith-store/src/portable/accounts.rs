//! Accounts' SQL (users, roles, assignments, sessions, organisations, and signing in's second factor, identity
//! links and session activity), which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kith_core::accounts::Role;
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use super::{Adapter, DbRow};
use crate::accounts::{Assignment, Chooser, Organisation, Session, User, UserChange};
use crate::{AccountStore, AuditEntry, Result, StoreError};

fn user(r: &DbRow) -> Result<User> {
    Ok(User {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        password_hash: r.try_get("password_hash")?,
        created_at: r.try_get("created_at")?,
        disabled_at: r.try_get("disabled_at")?,
        last_sign_in_at: r.try_get("last_sign_in_at")?,
    })
}

fn assignment(r: &DbRow) -> Result<Assignment> {
    Ok(Assignment {
        id: r.try_get("id")?,
        user_id: r.try_get("user_id")?,
        role_key: r.try_get("role_key")?,
        scope_kind: r.try_get("scope_kind")?,
        scope_ref: r.try_get("scope_ref")?,
        created_at: r.try_get("created_at")?,
    })
}

#[async_trait]
impl AccountStore for Adapter {
    async fn notification_choices(&self, user: Uuid) -> Result<Vec<(String, String)>> {
        Ok(sqlx::query_as("SELECT event, delivery FROM notification_preferences WHERE user_id = $1 ORDER BY event")
            .bind(user)
            .fetch_all(&self.reader)
            .await?)
    }

    async fn save_notification_choices(
        &self,
        user: Uuid,
        choices: &[(String, String)],
        at: DateTime<Utc>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        for (event, delivery) in choices {
            sqlx::query(
                "INSERT INTO notification_preferences (user_id, event, delivery, updated_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (user_id, event) DO UPDATE SET delivery = excluded.delivery, updated_at = excluded.updated_at",
            )
            .bind(user)
            .bind(event)
            .bind(delivery)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn users_choosing(&self, event: &str, deliveries: &[&str]) -> Result<Vec<Chooser>> {
        let mut q: sqlx::QueryBuilder<super::Db> = sqlx::QueryBuilder::new(
            "SELECT u.id, u.email, u.name FROM notification_preferences p JOIN users u ON u.id = p.user_id
             WHERE u.disabled_at IS NULL AND p.event = ",
        );
        q.push_bind(event.to_owned()).push(" AND p.delivery IN (");
        let mut sep = q.separated(", ");
        for d in deliveries {
            sep.push_bind((*d).to_owned());
        }
        q.push(") ORDER BY u.id");
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| Ok(Chooser { user_id: r.try_get("id")?, email: r.try_get("email")?, name: r.try_get("name")? }))
            .collect()
    }

    async fn seed_roles(&self, roles: &[Role]) -> Result<()> {
        let mut tx = self.begin().await?;
        for role in roles {
            let added = sqlx::query(
                "INSERT INTO roles (key, name, description) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
            )
            .bind(&role.key)
            .bind(&role.name)
            .bind(&role.description)
            .execute(&mut *tx)
            .await?;
            if added.rows_affected() == 1 {
                for permission in &role.permissions {
                    sqlx::query("INSERT INTO role_permissions (role_key, permission) VALUES ($1, $2)")
                        .bind(&role.key)
                        .bind(permission)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn roles(&self) -> Result<Vec<Role>> {
        let permissions =
            sqlx::query("SELECT role_key, permission FROM role_permissions").fetch_all(&self.reader).await?;
        let rows =
            sqlx::query("SELECT key, name, description FROM roles ORDER BY name").fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                let key: String = r.try_get("key")?;
                let permissions = permissions
                    .iter()
                    .filter(|p| p.try_get::<&str, _>("role_key").is_ok_and(|k| k == key))
                    .map(|p| p.try_get("permission"))
                    .collect::<Result<_, _>>()?;
                Ok(Role { key, name: r.try_get("name")?, description: r.try_get("description")?, permissions })
            })
            .collect()
    }

    async fn create_user(&self, u: &User, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO users (id, email, name, password_hash, created_at, disabled_at, last_sign_in_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(u.id)
        .bind(&u.email)
        .bind(&u.name)
        .bind(&u.password_hash)
        .bind(u.created_at)
        .bind(u.disabled_at)
        .bind(u.last_sign_in_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn update_user(&self, id: Uuid, change: &UserChange, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE users SET name = $2, email = $3, disabled_at = $4 WHERE id = $1")
            .bind(id)
            .bind(&change.name)
            .bind(&change.email)
            .bind(change.disabled_at)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if change.disabled_at.is_some() {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_password_hash(&self, id: Uuid, hash: &str, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
            .bind(id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id).execute(&mut *tx).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn user(&self, id: Uuid) -> Result<Option<User>> {
        let row = sqlx::query("SELECT * FROM users WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(user).transpose()
    }

    async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let row = sqlx::query("SELECT * FROM users WHERE email = $1").bind(email).fetch_optional(&self.reader).await?;
        row.as_ref().map(user).transpose()
    }

    async fn users(&self) -> Result<Vec<User>> {
        sqlx::query("SELECT * FROM users ORDER BY name, email")
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(user)
            .collect()
    }

    async fn record_sign_in(&self, id: Uuid, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE users SET last_sign_in_at = $2 WHERE id = $1")
            .bind(id)
            .bind(entry.at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn assign_role(&self, a: &Assignment, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO role_assignments (id, user_id, role_key, scope_kind, scope_ref, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(a.id)
        .bind(a.user_id)
        .bind(&a.role_key)
        .bind(&a.scope_kind)
        .bind(&a.scope_ref)
        .bind(a.created_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_assignment(&self, id: Uuid, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM role_assignments WHERE id = $1").bind(id).execute(&mut *tx).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn assignments_of(&self, user_id: Uuid) -> Result<Vec<Assignment>> {
        sqlx::query("SELECT * FROM role_assignments WHERE user_id = $1 ORDER BY role_key, scope_kind, scope_ref")
            .bind(user_id)
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(assignment)
            .collect()
    }

    async fn create_organisation(&self, o: &Organisation, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO organisations (id, name, kind, created_at) VALUES ($1, $2, $3, $4)")
            .bind(o.id)
            .bind(&o.name)
            .bind(&o.kind)
            .bind(o.created_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn organisations(&self) -> Result<Vec<Organisation>> {
        let rows = sqlx::query("SELECT * FROM organisations ORDER BY name").fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                Ok(Organisation {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    kind: r.try_get("kind")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    async fn create_session(&self, token_hash: &str, s: &Session) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)",
        )
        .bind(token_hash)
        .bind(s.user_id)
        .bind(s.created_at)
        .bind(s.expires_at)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<Session>> {
        let row = sqlx::query("SELECT * FROM sessions WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&self.reader)
            .await?;
        row.map(|r| {
            Ok(Session {
                user_id: r.try_get("user_id")?,
                created_at: r.try_get("created_at")?,
                expires_at: r.try_get("expires_at")?,
                last_seen_at: r.try_get("last_seen_at")?,
            })
        })
        .transpose()
    }

    async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&self.writer).await?;
        Ok(())
    }

    async fn delete_sessions_of(&self, user_id: Uuid) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&self.writer).await?;
        Ok(())
    }

    async fn purge_expired_sessions(&self, now: DateTime<Utc>) -> Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(&self.writer).await?;
        Ok(done.rows_affected())
    }
}

mod sign_in {
    use async_trait::async_trait;
    use chrono::{DateTime, Utc};
    use sqlx::Row;
    use uuid::Uuid;

    use super::super::audit::insert as audit;
    use super::{Adapter, DbRow};
    use crate::accounts::{IdentityLinkStore, SessionActivityStore, TwoFactor, TwoFactorStore};
    use crate::{AuditEntry, Result};

    fn two_factor(r: &DbRow) -> Result<TwoFactor> {
        Ok(TwoFactor {
            secret: r.try_get("secret")?,
            pending_secret: r.try_get("pending_secret")?,
            last_step: r.try_get("last_step")?,
            enabled_at: r.try_get("enabled_at")?,
        })
    }

    #[async_trait]
    impl TwoFactorStore for Adapter {
        async fn two_factor(&self, user_id: Uuid) -> Result<Option<TwoFactor>> {
            let row = sqlx::query("SELECT * FROM two_factor WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(&self.writer)
                .await?;
            row.as_ref().map(two_factor).transpose()
        }

        async fn set_pending_secret(&self, user_id: Uuid, secret: &str) -> Result<()> {
            sqlx::query(
                "INSERT INTO two_factor (user_id, pending_secret) VALUES ($1, $2)
                 ON CONFLICT (user_id) DO UPDATE SET pending_secret = excluded.pending_secret",
            )
            .bind(user_id)
            .bind(secret)
            .execute(&self.writer)
            .await?;
            Ok(())
        }

        async fn enable_two_factor(
            &self,
            user_id: Uuid,
            secret: &str,
            step: i64,
            recovery_hashes: &[String],
            at: DateTime<Utc>,
            entry: &AuditEntry,
        ) -> Result<()> {
            let mut tx = self.begin().await?;
            sqlx::query(
                "INSERT INTO two_factor (user_id, secret, pending_secret, last_step, enabled_at)
                 VALUES ($1, $2, NULL, $3, $4)
                 ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, pending_secret = NULL,
                 last_step = excluded.last_step, enabled_at = excluded.enabled_at",
            )
            .bind(user_id)
            .bind(secret)
            .bind(step)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
            for hash in recovery_hashes {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(user_id)
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
            }
            audit(&mut tx, entry).await?;
            tx.commit().await?;
            Ok(())
        }

        async fn use_step(&self, user_id: Uuid, step: i64) -> Result<bool> {
            let done = sqlx::query(
                "UPDATE two_factor SET last_step = $2
                 WHERE user_id = $1 AND secret IS NOT NULL AND (last_step IS NULL OR last_step < $2)",
            )
            .bind(user_id)
            .bind(step)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn use_recovery_code(&self, user_id: Uuid, code_hash: &str, at: DateTime<Utc>) -> Result<bool> {
            let done = sqlx::query(
                "UPDATE recovery_codes SET used_at = $3
                 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
            )
            .bind(user_id)
            .bind(code_hash)
            .bind(at)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn remove_two_factor(&self, user_id: Uuid, entry: &AuditEntry) -> Result<()> {
            let mut tx = self.begin().await?;
            sqlx::query("DELETE FROM two_factor WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
            audit(&mut tx, entry).await?;
            tx.commit().await?;
            Ok(())
        }
    }

    #[async_trait]
    impl IdentityLinkStore for Adapter {
        async fn user_by_identity(&self, issuer: &str, subject: &str) -> Result<Option<Uuid>> {
            let row = sqlx::query("SELECT user_id FROM identity_links WHERE issuer = $1 AND subject = $2")
                .bind(issuer)
                .bind(subject)
                .fetch_optional(&self.writer)
                .await?;
            Ok(row.map(|r| r.try_get("user_id")).transpose()?)
        }

        async fn identity_of(&self, user_id: Uuid, issuer: &str) -> Result<Option<String>> {
            let row = sqlx::query("SELECT subject FROM identity_links WHERE user_id = $1 AND issuer = $2")
                .bind(user_id)
                .bind(issuer)
                .fetch_optional(&self.writer)
                .await?;
            Ok(row.map(|r| r.try_get("subject")).transpose()?)
        }

        async fn link_identity(
            &self,
            user_id: Uuid,
            issuer: &str,
            subject: &str,
            at: DateTime<Utc>,
            entry: &AuditEntry,
        ) -> Result<()> {
            let mut tx = self.begin().await?;
            sqlx::query("DELETE FROM identity_links WHERE user_id = $1 AND issuer = $2")
                .bind(user_id)
                .bind(issuer)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO identity_links (issuer, subject, user_id, linked_at) VALUES ($1, $2, $3, $4)")
                .bind(issuer)
                .bind(subject)
                .bind(user_id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            audit(&mut tx, entry).await?;
            tx.commit().await?;
            Ok(())
        }

        async fn unlink_identity(&self, user_id: Uuid, issuer: &str, entry: &AuditEntry) -> Result<()> {
            let mut tx = self.begin().await?;
            sqlx::query("DELETE FROM identity_links WHERE user_id = $1 AND issuer = $2")
                .bind(user_id)
                .bind(issuer)
                .execute(&mut *tx)
                .await?;
            audit(&mut tx, entry).await?;
            tx.commit().await?;
            Ok(())
        }
    }

    #[async_trait]
    impl SessionActivityStore for Adapter {
        async fn touch_session(&self, token_hash: &str, at: DateTime<Utc>) -> Result<()> {
            sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
                .bind(token_hash)
                .bind(at)
                .execute(&self.writer)
                .await?;
            Ok(())
        }
    }
}
