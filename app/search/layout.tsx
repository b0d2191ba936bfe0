import { SearchForm } from "@/components/search/search-form";

/** Every search page: the heading and the box, which stay put while the results change. */
export default function SearchLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">Search</h1>
      <SearchForm />
      {children}
    </div>
  );
}
