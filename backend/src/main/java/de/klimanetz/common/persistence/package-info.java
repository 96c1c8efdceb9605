/**
 * Persistence shared by the features.
 *
 * <p><b>Transactions, one policy for reads and writes.</b> Every service method a resource calls is
 * {@code @Transactional} (REQUIRED), reads included, and returns response records (DTOs), never
 * entities for a resource to map. Why not {@code SUPPORTS} or a separate read-only session for
 * reads: (1) a request reads one consistent snapshot (a page and its total, an event and its seat
 * counts); (2) a read may write, since the caller's first request creates their profile
 * ({@code NetworkAccess.caller}); (3) the Hibernate session ends with the transaction, so a lazy
 * association touched after it fails at once in tests instead of quietly loading outside any
 * transaction, which is what the DTO rule prevents. A transaction costs no extra SQL statement
 * (StatementCountTest). Only {@code ChangeLog} uses {@code MANDATORY}: it writes inside the caller's
 * transaction.
 */
package de.klimanetz.common.persistence;
