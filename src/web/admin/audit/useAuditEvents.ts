import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { AuditEvent, AuditEventPage, AuditFilter } from './types';

function query(filter: AuditFilter, before: number | null) {
  const { action, entityType, actor, from, to } = filter;
  return {
    ...(action ? { action } : {}),
    ...(entityType ? { entityType } : {}),
    ...(actor ? { actor } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(before !== null ? { before: String(before) } : {}),
  };
}

export type AuditEvents = {
  events: AuditEvent[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
};

/**
 * The filtered events, newest first, a page at a time; "more" appends older pages. A new filter
 * starts over, and answers for an old filter are dropped.
 */
export function useAuditEvents(filter: AuditFilter): AuditEvents {
  const key = JSON.stringify(filter);
  const [pages, setPages] = useState<AuditEventPage[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  async function fetchPage(before: number | null, mine: number) {
    setLoading(true);
    try {
      const page = await call(api.api.audit.events.$get({ query: query(filter, before) }));
      if (mine !== generation.current) return;
      setPages((current) => (before === null ? [page] : [...current, page]));
      setError(null);
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }

  // The filter's JSON stands for the filter.
  useEffect(() => {
    const mine = ++generation.current;
    setPages([]);
    void fetchPage(null, mine);
  }, [key]);

  const nextBefore = pages.at(-1)?.nextBefore ?? null;
  return {
    events: pages.flatMap((page) => page.events),
    loading,
    error,
    hasMore: nextBefore !== null,
    loadMore: () => {
      if (nextBefore !== null && !loading) void fetchPage(nextBefore, generation.current);
    },
  };
}
