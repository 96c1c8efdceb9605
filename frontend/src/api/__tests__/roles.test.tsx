import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AuthContext, type Auth } from '@/lib/auth';
import { useNetworkRole } from '@/api/roles';
import { myMembership, seedNetwork } from '@/testing/fixtures';
import { membershipsHandler } from '@/testing/handlers';
import { server } from '@/testing/server';

function wrapper(roles: string[]) {
  const auth: Auth = { userName: 'Test', roles, login: vi.fn(), logout: vi.fn() };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <AuthContext.Provider value={auth}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </AuthContext.Provider>
  );
}

describe('useNetworkRole', () => {
  it('says yes to active coordinators of that network once the memberships are there', async () => {
    server.use(membershipsHandler([myMembership('COORDINATOR')]));
    const { result } = renderHook(() => useNetworkRole(seedNetwork.id), {
      wrapper: wrapper(['member']),
    });
    expect(result.current).toEqual({ isMember: false, canManage: false, isPending: true });
    await waitFor(() =>
      expect(result.current).toEqual({ isMember: true, canManage: true, isPending: false }),
    );
  });

  it('says no to members, to coordinators of another network and without a network', async () => {
    server.use(
      membershipsHandler([
        myMembership('MEMBER'),
        myMembership('COORDINATOR', '0f4f7f43-1d57-4a0c-9a0d-000000000099'),
      ]),
    );
    const { result } = renderHook(
      () => [useNetworkRole(seedNetwork.id), useNetworkRole(undefined)],
      { wrapper: wrapper(['member']) },
    );
    await waitFor(() => expect(result.current[0]!.isPending).toBe(false));
    expect(result.current.map((answer) => answer.canManage)).toEqual([false, false]);
    // an active member of the network, but no member of "no network"
    expect(result.current.map((answer) => answer.isMember)).toEqual([true, false]);
  });

  it('lets admins manage at once, but makes them no members', async () => {
    server.use(membershipsHandler([]));
    const { result } = renderHook(() => useNetworkRole(seedNetwork.id), {
      wrapper: wrapper(['admin']),
    });
    expect(result.current).toEqual({ isMember: false, canManage: true, isPending: false });
    await waitFor(() => expect(result.current.isMember).toBe(false));
  });

  it('does not count a membership that was left', async () => {
    server.use(membershipsHandler([{ ...myMembership('COORDINATOR'), state: 'LEFT' }]));
    const { result } = renderHook(() => useNetworkRole(seedNetwork.id), {
      wrapper: wrapper(['member']),
    });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current).toEqual({ isMember: false, canManage: false, isPending: false });
  });
});
