import GRDB
func probe() { print(PackageResources.self) }
