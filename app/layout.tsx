import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { APPLY_STORED_THEME } from "@/components/theme/theme";
import { ThemeSwitch } from "@/components/theme/theme-switch";
import "./globals.css";

export const metadata: Metadata = {
  title: "Shipshape — Dockerfile review",
  description: "Reviews Dockerfiles and Compose files against container best practices, as you type.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

/** The nonce proxy.ts put in this request's Content-Security-Policy. */
async function scriptNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = await scriptNonce();
  return (
    // The theme script may set data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: APPLY_STORED_THEME }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">
        <header className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link href="/" className="text-xl font-bold tracking-tight">
            Shipshape
          </Link>
          <nav aria-label="Site" className="flex gap-4 text-sm">
            <Link href="/" className="underline-offset-4 hover:underline">
              Review
            </Link>
            <Link href="/rules" className="underline-offset-4 hover:underline">
              Rules
            </Link>
            <Link href="/lessons" className="underline-offset-4 hover:underline">
              Lessons
            </Link>
          </nav>
          <div className="ml-auto">
            <ThemeSwitch />
          </div>
        </header>
        {children}
      </body>
    </html>
  );
}
