package io.zpl.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Jdbi prepares statements with {@code TYPE_FORWARD_ONLY, CONCUR_READ_ONLY}, which makes MariaDB Connector/J skip
 * its bulk protocol and send a batch one row per round trip. Plain {@code prepareStatement(sql)} has the same result
 * set semantics and lets batches go out in bulk (about five times faster).
 */
final class FastStatementBuilder extends DefaultStatementBuilder {

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(conn, sql, ctx);
        }
        return conn.prepareStatement(sql);
    }
}
