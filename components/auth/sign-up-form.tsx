"use client";

import { useActionState } from "react";
import { signUp } from "@/app/(auth)/sign-up/actions";
import { primaryButtonClass } from "@/components/button-styles";
import { FormField, FormMessage } from "@/components/form-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUp, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <FormField
        name="handle"
        label="Username"
        autoComplete="username"
        required
        hint="Your profile lives at /u/username. Letters, digits and underscores."
        defaultValue={state.values?.handle}
        errors={state.errors?.handle}
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={state.errors?.password}
      />
      <FormMessage message={state.message} />
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
