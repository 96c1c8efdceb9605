import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema.gen';
import { sessionKeys } from '@/features/session-records/api/session-keys';
import { api, unwrap } from '@/lib/api-client';

export type AttendanceReport = components['schemas']['AttendanceReport'];
export type AttendanceReportRow = components['schemas']['AttendanceReportRow'];

export async function getAttendanceReport(
  networkId: string,
  from: string,
  to: string,
): Promise<AttendanceReport> {
  const result = await api.GET('/api/v1/networks/{id}/attendance-report', {
    params: { path: { id: networkId }, query: { from, to } },
  });
  // The operation answers JSON or CSV; asked without `Accept: text/csv` it is the JSON report.
  return unwrap(result) as AttendanceReport;
}

export function attendanceReportQueryOptions(networkId: string, from: string, to: string) {
  return queryOptions({
    queryKey: sessionKeys.report(networkId, from, to),
    queryFn: () => getAttendanceReport(networkId, from, to),
  });
}

/** Keeps the previous report on screen while another period loads. */
export function useAttendanceReport(networkId: string, from: string, to: string) {
  return useQuery({
    ...attendanceReportQueryOptions(networkId, from, to),
    placeholderData: keepPreviousData,
  });
}

/**
 * The same report as CSV (UTF-8 with BOM, `;`-separated, for German Excel), fetched through the
 * one API client so the bearer token goes along; this request alone asks for `text/csv`.
 */
export async function getAttendanceReportCsv(
  networkId: string,
  from: string,
  to: string,
): Promise<Blob> {
  const result = await api.GET('/api/v1/networks/{id}/attendance-report', {
    params: { path: { id: networkId }, query: { from, to } },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  return unwrap(result);
}

/** The file name the download is saved under. */
export function csvFileName(from: string, to: string): string {
  return `anwesenheit-${from}-${to}.csv`;
}
