import { Navigate, type RouteObject } from 'react-router';
import { LegalPageRoute } from '@/app/routes/legal-page';
import { NetworkRoute } from '@/app/routes/network';
import { NetworksRoute } from '@/app/routes/networks';
import { NotFoundRoute } from '@/app/routes/not-found';
import { AppLayout } from '@/layouts/app-layout';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/networks" replace /> },
      { path: 'networks', element: <NetworksRoute /> },
      { path: 'networks/:id', element: <NetworkRoute /> },
      { path: 'impressum', element: <LegalPageRoute kind="imprint" /> },
      { path: 'datenschutz', element: <LegalPageRoute kind="privacy" /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
