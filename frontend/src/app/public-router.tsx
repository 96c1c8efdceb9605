import type { RouteObject } from 'react-router';
import { RouteErrorPage } from '@/app/routes/route-error';
import { UnsubscribeRoute } from '@/app/routes/unsubscribe';
import { PublicLayout } from '@/layouts/public-layout';

/** The routes of the pages without a login (app/public-paths.ts lists their addresses). */
export const publicRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [{ path: 'abmelden/:token', element: <UnsubscribeRoute /> }],
      },
    ],
  },
];
